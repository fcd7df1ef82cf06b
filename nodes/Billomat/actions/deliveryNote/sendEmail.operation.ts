import { sendEmail } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = sendEmail(DELIVERY_NOTE);
