import { update } from '../document';
import { LETTER } from './family';

export const { description, execute } = update(LETTER);
