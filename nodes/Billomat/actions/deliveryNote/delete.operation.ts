import { del } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = del(DELIVERY_NOTE);
