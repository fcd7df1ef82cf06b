import { get } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = get(CREDIT_NOTE);
