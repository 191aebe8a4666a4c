import type { ReactNode } from 'react';
import { Modal } from '@strapi/design-system';

/** A modal with a title, a body and an optional footer; closing it (Escape, outside click) calls onClose. */
export function ModalFrame({
  open,
  onClose,
  title,
  footer,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Modal.Root open={open} onOpenChange={(o: boolean) => !o && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
        {footer ? <Modal.Footer>{footer}</Modal.Footer> : null}
      </Modal.Content>
    </Modal.Root>
  );
}
