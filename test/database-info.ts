export interface TestDatabaseInfo {
  adminUrl: string;
  templates: { empty: string; demo: string };
  sharedDataDir: string;
}

export const TEST_APP_DB_ROLE = 'schakel_test_app';
export const TEST_APP_DB_PASSWORD = 'schakel-test-app-password';
