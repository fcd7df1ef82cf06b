import { get } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = get(CONFIRMATION);
