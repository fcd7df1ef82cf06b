import { getAll as build } from '../document';
import { ESTIMATES } from './family';

export const { description, execute } = build(ESTIMATES);
