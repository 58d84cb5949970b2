/** What the CLI and the options tester answer for a name typed for Azure (a tab never knows one). Pure, no validator. */
export const AZURE_NAME_ANSWER = "an Azure tab never shows a subscription name: write the subscription ID (a GUID, as in the portal's URL)";
