import { update } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = update(DELIVERY_NOTE);
