/**
 * The entity of «Обучение и награды наставников» lives with the registry's other entities; the report reads it
 * from there. Re-exported so the report's modules and tests keep one import.
 */
export * from '../registry/entities/training';
