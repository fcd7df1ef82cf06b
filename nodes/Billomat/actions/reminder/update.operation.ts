import { update } from '../document';
import { REMINDER } from './family';

export const { description, execute } = update(REMINDER);
