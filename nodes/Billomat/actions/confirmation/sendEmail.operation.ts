import { sendEmail } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = sendEmail(CONFIRMATION);
