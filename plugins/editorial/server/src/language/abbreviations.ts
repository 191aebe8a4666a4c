/**
 * English abbreviations after which a full stop does not end a sentence (titles, ranks, months,
 * company forms, Latin and place abbreviations), lower case without the final stop. Pure language
 * data shared by the sentence splitters of the quote engine and the importer, so both cut a text
 * into the same sentences.
 */
import { wordSet } from '../../../shared/words';
export const ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  mr mrs ms dr prof sen rep gov gen lt col sgt capt adm st jr sr rev hon pres no vs v etc inc corp
  co ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept fig e.g i.e a.m p.m
  u.s u.k u.n d.c mme cmdr supt maj brig messrs op
`);
