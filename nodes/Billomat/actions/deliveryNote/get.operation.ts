import { get } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = get(DELIVERY_NOTE);
