using System.Text;
using Participation.Data;
using Participation.Files;

namespace Participation.UnitTests;

public sealed class LocalFileStoreTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("participation-files-");
    private readonly LocalFileStore _store;

    public LocalFileStoreTests() => _store = new LocalFileStore(_data.FullName);

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task Keeps_a_file_in_the_data_folder_replaces_it_whole_and_deletes_it()
    {
        await _store.SaveAsync("requests/12/a.pdf", new MemoryStream("%PDF first"u8.ToArray()));
        await _store.SaveAsync("requests/12/a.pdf", new MemoryStream("%PDF second"u8.ToArray()));

        Assert.Equal("%PDF second", File.ReadAllText(Path.Combine(_data.FullName, "requests", "12", "a.pdf")));
        Assert.Equal(["a.pdf"], Directory.GetFiles(Path.Combine(_data.FullName, "requests", "12")).Select(Path.GetFileName));
        await using (var content = await _store.OpenReadAsync("requests/12/a.pdf"))
            Assert.Equal("%PDF second", await new StreamReader(content!, Encoding.UTF8).ReadToEndAsync());

        await _store.DeleteAsync("requests/12/a.pdf");
        Assert.Null(await _store.OpenReadAsync("requests/12/a.pdf"));
        await _store.DeleteAsync("requests/12/a.pdf");
        Assert.Null(await _store.OpenReadAsync("attachments/none/b.pdf"));
    }

    [Theory]
    [InlineData("../site.json")]
    [InlineData("attachments/../../outside.pdf")]
    [InlineData("/etc/passwd")]
    public async Task Refuses_a_path_that_leaves_the_data_folder(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(path, new MemoryStream([1])));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(path));
    }
}
