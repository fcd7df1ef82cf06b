import { del } from '../document';
import { LETTER } from './family';

export const { description, execute } = del(LETTER);
