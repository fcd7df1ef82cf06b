import { getAll } from '../document';
import { REMINDER } from './family';

export const { description, execute } = getAll(REMINDER);
