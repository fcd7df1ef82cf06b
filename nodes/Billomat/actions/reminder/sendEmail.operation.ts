import { sendEmail } from '../document';
import { REMINDER } from './family';

export const { description, execute } = sendEmail(REMINDER);
