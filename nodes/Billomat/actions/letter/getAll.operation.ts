import { getAll } from '../document';
import { LETTER } from './family';

export const { description, execute } = getAll(LETTER);
