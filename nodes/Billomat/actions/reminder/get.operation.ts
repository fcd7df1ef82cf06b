import { get } from '../document';
import { REMINDER } from './family';

export const { description, execute } = get(REMINDER);
