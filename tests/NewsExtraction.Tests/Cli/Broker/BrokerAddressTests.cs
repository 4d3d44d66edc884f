using NewsExtraction.Cli.Broker;

namespace NewsExtraction.Tests.Cli.Broker;

public sealed class BrokerAddressTests
{
    [Fact]
    public void The_password_is_never_part_of_the_address_as_logged()
    {
        BrokerAddress address = BrokerAddress.Parse("amqp://feeds:s3cret@rabbit.example:5673/news");

        Assert.Equal("amqp://feeds:***@rabbit.example:5673/news", address.Redacted);
        Assert.Equal(address.Redacted, address.ToString());
    }

    [Fact]
    public void The_default_port_is_shown_when_the_address_has_none()
    {
        Assert.Equal("amqp://guest:***@localhost:5672/", BrokerAddress.Parse("amqp://guest:guest@localhost/").Redacted);
        Assert.Equal("amqps://u:***@host:5671/", BrokerAddress.Parse("amqps://u:p@host/").Redacted);
    }

    [Theory]
    [InlineData("http://user:pw@host/")]
    [InlineData("localhost:5672")]
    [InlineData("amqp:///")]
    public void An_address_that_is_not_amqp_is_refused_without_echoing_its_password(string value)
    {
        var error = Assert.Throws<FormatException>(() => BrokerAddress.Parse(value));

        Assert.Contains("amqp://USER:PASS@HOST:PORT/VHOST", error.Message);
        Assert.DoesNotContain(":pw@", error.Message);
    }

    [Fact]
    public void The_connection_factory_takes_user_host_port_and_virtual_host_from_the_address()
    {
        var factory = BrokerAddress.Parse("amqp://feeds:s3cret@rabbit.example:5673/news").CreateFactory("test");

        Assert.Equal(("feeds", "s3cret", "rabbit.example", 5673, "news"), (factory.UserName, factory.Password, factory.HostName, factory.Port, factory.VirtualHost));
        Assert.False(factory.AutomaticRecoveryEnabled); // the worker reconnects itself, with backoff and a log line
    }
}
