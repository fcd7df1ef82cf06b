import { sendEmail } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = sendEmail(CREDIT_NOTE);
