import { del } from '../document';
import { REMINDER } from './family';

export const { description, execute } = del(REMINDER);
