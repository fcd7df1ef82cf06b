import { win } from '../document';
import { ESTIMATE, HINTS } from './family';

export const { description, execute } = win(ESTIMATE, HINTS.win);
