import { create } from '../document';
import { CREDIT_NOTE, creditNoteClientField } from './family';

export const { description, execute } = create(CREDIT_NOTE, creditNoteClientField);
