export interface KycRecord {
  id: string;
  pan: string;
  aadhaarNumber: string;
  status: 'pending' | 'verified';
}

export interface KycSummary {
  id: string;
  status: KycRecord['status'];
}
