import { sendByPost } from '../document';
import { INVOICE } from './family';

export const { description, execute } = sendByPost(INVOICE);
