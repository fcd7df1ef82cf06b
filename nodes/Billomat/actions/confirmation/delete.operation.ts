import { del } from '../document';
import { CONFIRMATION } from './family';

export const { description, execute } = del(CONFIRMATION);
