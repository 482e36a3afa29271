// The error a scenario, a measure or a typed field is refused with: its message names the field and what was expected.

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}
