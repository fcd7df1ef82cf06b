import { getAll } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = getAll(DELIVERY_NOTE);
