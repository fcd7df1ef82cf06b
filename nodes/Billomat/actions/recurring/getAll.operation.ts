import { getAll } from '../document';
import { RECURRING } from './family';

export const { description, execute } = getAll(RECURRING);
