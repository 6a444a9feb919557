// The rule tests lint their own code under this name (test/eslint/rules).
export {};
