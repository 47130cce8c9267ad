// Azure resources for Implementeringsguiden, deployed by `teamsapp provision` (arm/deploy) or
// `az deployment group create`. Keyless throughout: one user-assigned managed identity is both the
// bot's Bot Framework identity (UserAssignedMsi) and the Cosmos DB data-plane principal.
//
// The Cosmos layout below must match src/store/containers.ts; test/infra/bicep.test.ts compares them.

@maxLength(20)
@minLength(4)
@description('Prefix for every resource name. The default is stable per resource group.')
param resourceBaseName string = 'implguide${take(uniqueString(resourceGroup().id), 8)}'

param location string = resourceGroup().location

@maxLength(42)
param botDisplayName string = 'Implementeringsguiden'

@description('App Service plan SKU. B1 or above keeps the bot warm (alwaysOn); F1 cannot.')
param appServiceSku string = 'B1'

@allowed(['F0', 'S1'])
@description('Azure Bot SKU. F0 is free and allows unlimited messages on standard channels such as Teams.')
param botServiceSku string = 'F0'

@allowed(['Serverless', 'Provisioned'])
@description('Serverless suits a bot with bursts of light traffic; Provisioned shares throughput across the database.')
param cosmosCapacityMode string = 'Serverless'

@minValue(400)
@description('Shared database throughput (RU/s), used only when cosmosCapacityMode is Provisioned.')
param cosmosThroughput int = 400

@secure()
@description('Shared secret the monthly trigger sends in the x-nudge-secret header to POST /api/nudges/run.')
param nudgeTriggerSecret string

@description('Turns on the Logic App that calls POST /api/nudges/run once a month.')
param enableMonthlyNudges bool = false

@allowed(['trace', 'debug', 'info', 'warn', 'error'])
param logLevel string = 'info'

// Mirrors DATABASE_ID and CONTAINERS in src/store/containers.ts.
var cosmosDatabaseId = 'implementeringsguiden'
var cosmosContainers = [
  { id: 'teams', partitionKey: '/teamId' }
  { id: 'users', partitionKey: '/userId' }
]

var isServerless = cosmosCapacityMode == 'Serverless'
// Free and shared App Service tiers do not support alwaysOn.
var alwaysOn = !contains(['F1', 'D1', 'FREE', 'SHARED'], toUpper(appServiceSku))
// Built-in "Cosmos DB Built-in Data Contributor" data-plane role.
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: toLower('${resourceBaseName}-cosmos')
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      { locationName: location, failoverPriority: 0, isZoneRedundant: false }
    ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    capabilities: isServerless ? [{ name: 'EnableServerless' }] : []
    // Keys are off: only Entra ID principals with a data-plane role can read or write.
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseId
  properties: {
    resource: { id: cosmosDatabaseId }
    options: isServerless ? {} : { throughput: cosmosThroughput }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for container in cosmosContainers: {
    parent: database
    name: container.id
    properties: {
      resource: {
        id: container.id
        partitionKey: { paths: [container.partitionKey], kind: 'Hash', version: 2 }
      }
    }
  }
]

resource cosmosDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/index.js'
      healthCheckPath: '/healthz'
      alwaysOn: alwaysOn
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'BOT_TYPE', value: 'UserAssignedMsi' }
        { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        // No COSMOS_KEY: the app signs in to Cosmos as this identity.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'NUDGE_TRIGGER_SECRET', value: nudgeTriggerSecret }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'NODE_ENV', value: 'production' }
        // `teamsapp deploy` builds locally and uploads dist/ with production node_modules:
        // run that zip as is, and do not let the platform build it again.
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: { allow: false }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Monthly nudges: a Logic App recurrence calls the bot's trigger endpoint with the shared secret.
// Deployed disabled unless enableMonthlyNudges is true. It calls every hour, not once a month: a
// sweep sends only what is due (from the first working day's NUDGE_SEND_HOUR, 09:00 Copenhagen)
// and not yet delivered, so the hourly calls catch the send time, holidays, a bot that was down
// and throttled retries; each team's month is claimed once, so no call posts twice.
resource monthlyNudges 'Microsoft.Logic/workflows@2019-05-01' = {
  name: '${resourceBaseName}-nudges'
  location: location
  properties: {
    state: enableMonthlyNudges ? 'Enabled' : 'Disabled'
    parameters: {
      nudgeSecret: { value: nudgeTriggerSecret }
    }
    definition: {
      '$schema': 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#'
      contentVersion: '1.0.0.0'
      parameters: {
        nudgeSecret: { type: 'SecureString' }
      }
      triggers: {
        hourly: {
          type: 'Recurrence'
          recurrence: {
            frequency: 'Hour'
            interval: 1
            timeZone: 'Romance Standard Time' // Copenhagen
            schedule: { minutes: [5] }
          }
        }
      }
      actions: {
        runNudges: {
          type: 'Http'
          inputs: {
            method: 'POST'
            uri: 'https://${webApp.properties.defaultHostName}/api/nudges/run'
            headers: { 'x-nudge-secret': '@parameters(\'nudgeSecret\')' }
          }
          retryPolicy: { type: 'exponential', count: 4, interval: 'PT1M' }
        }
      }
      outputs: {}
    }
  }
}

// Written to env/.env.<name> by Teams Toolkit's arm/deploy.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
output NUDGE_TRIGGER_URL string = 'https://${webApp.properties.defaultHostName}/api/nudges/run'
