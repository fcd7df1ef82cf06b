import { getAll } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = getAll(CONFIRMATION);
