using DocCheck.Jobs.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace DocCheck.Web.Security;

/// <summary>Data protection bound to the deployment: its keys in the deployment's database, its application name from the deployment's id.</summary>
internal static class DeploymentDataProtection
{
    /// <summary>The application name prefix; the deployment's id follows it.</summary>
    public const string ApplicationNamePrefix = "DocCheck/";

    public static IServiceCollection AddDeploymentDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddSingleton<DeploymentIdentity>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDatabase>((options, database) => options.XmlRepository = new DatabaseKeyRepository(database));

        // What SetApplicationName does, with a name known only once the database can be asked. Options are built once,
        // at start, outside any synchronization context: waiting for the database here cannot deadlock.
        services.AddOptions<DataProtectionOptions>()
            .Configure<DeploymentIdentity>((options, deployment) =>
                options.ApplicationDiscriminator = ApplicationNamePrefix + deployment.GetOrCreateAsync().GetAwaiter().GetResult());
        return services;
    }
}
