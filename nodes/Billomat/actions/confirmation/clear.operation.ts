import { clear } from '../document';
import { CONFIRMATION, HINTS } from './family';

export const { description, execute } = clear(CONFIRMATION, HINTS.clear);
