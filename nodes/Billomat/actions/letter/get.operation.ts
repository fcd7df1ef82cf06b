import { get } from '../document';
import { LETTER } from './family';

export const { description, execute } = get(LETTER);
