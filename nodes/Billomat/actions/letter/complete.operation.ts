import { complete } from '../document';
import { LETTER } from './family';

export const { description, execute } = complete(LETTER);
