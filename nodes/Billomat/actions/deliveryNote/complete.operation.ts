import { complete } from '../document';
import { DELIVERY_NOTE } from './family';

export const { description, execute } = complete(DELIVERY_NOTE);
