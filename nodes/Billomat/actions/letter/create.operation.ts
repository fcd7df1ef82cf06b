import { create } from '../document';
import { LETTER, letterClientField } from './family';

export const { description, execute } = create(LETTER, letterClientField);
