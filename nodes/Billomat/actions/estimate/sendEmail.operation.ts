import { sendEmail } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = sendEmail(ESTIMATE);
