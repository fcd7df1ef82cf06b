import { sendEmail } from '../document';
import { INVOICE } from './family';

export const { description, execute } = sendEmail(INVOICE);
