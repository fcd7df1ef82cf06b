import { del } from '../document';
import { RECURRING } from './family';

export const { description, execute } = del(RECURRING);
