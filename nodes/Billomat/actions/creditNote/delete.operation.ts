import { del } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = del(CREDIT_NOTE);
