/** The answer to "which category is this?", with the reasons a user reads in `explain`. */
export interface Classification {
  input: string;
  kind: 'name' | 'value';
  category: string | null;
  reasons: string[];
}
