import { get } from '../document';
import { RECURRING } from './family';

export const { description, execute } = get(RECURRING);
