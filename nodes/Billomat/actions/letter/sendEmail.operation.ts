import { sendEmail } from '../document';
import { LETTER } from './family';

export const { description, execute } = sendEmail(LETTER);
