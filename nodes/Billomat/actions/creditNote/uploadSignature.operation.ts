import { uploadSignature } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = uploadSignature(CREDIT_NOTE);
