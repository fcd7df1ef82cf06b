import { clear } from '../document';
import { ESTIMATE, HINTS } from './family';

export const { description, execute } = clear(ESTIMATE, HINTS.clear);
