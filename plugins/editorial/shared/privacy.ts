/**
 * Privacy requests (export and erasure of a commenter's personal data): request body and
 * responses, shared by the admin routes and the history drawer.
 */
import { z } from 'zod';

/** Whose data: every comment with this email, or (name given) only those with this name and email. */
export const privacyRequestSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict();
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;

export const ERASURE_MODES = ['anonymise', 'delete'] as const;
export type ErasureMode = (typeof ERASURE_MODES)[number];
/** The author name an anonymised comment keeps. */
export const ERASED_NAME = '[erased]';

export interface PrivacyExport {
  subject: { email: string; name: string | null };
  generatedAt: string;
  comments: {
    documentId: string;
    body: string;
    authorName: string;
    authorEmail: string | null;
    status: string;
    postedAt: string;
    origin: string;
    reportCount: number;
    ipHash: string | null;
    signedInAccount: number | null;
    article: { documentId: string; title: string | null } | null;
    parentDocumentId: string | null;
  }[];
  /** Reports filed from the addresses these comments came from (stored as salted hash prefixes). */
  reports: { commentDocumentId: string; note: string | null; at: string }[];
}
export interface PrivacyExportResponse {
  data: PrivacyExport;
}

export interface ErasureCounts {
  mode: ErasureMode;
  comments: number;
  emails: number;
  ipHashes: number;
  reports: number;
}
export interface ErasureResponse {
  data: ErasureCounts;
}
