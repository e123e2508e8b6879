using DocCheck.Web;

// The content root is the app's own folder, so `dotnet run --project` from anywhere finds its settings and wwwroot.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddDocCheckWeb();

var app = builder.Build();
app.MapDocCheckWeb();
app.Run();

/// <summary>The web app's entry point (public for the tests' <c>WebApplicationFactory</c>).</summary>
public partial class Program;
