import { uploadSignature } from '../document';
import { REMINDER } from './family';

export const { description, execute } = uploadSignature(REMINDER);
