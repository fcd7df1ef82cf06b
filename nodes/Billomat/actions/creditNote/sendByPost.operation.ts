import { sendByPost } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = sendByPost(CREDIT_NOTE);
